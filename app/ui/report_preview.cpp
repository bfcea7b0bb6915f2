#include "app/ui/report_preview.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>

namespace seg {

ReportPreview::ReportPreview(const QByteArray &pdf, QWidget *parent) : QDialog(parent), m_pdf(pdf)
{
    setWindowTitle(tr("Persona report"));
    m_buffer = new QBuffer(&m_pdf, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_document = new QPdfDocument(this);
    m_document->load(m_buffer);
    auto *view = new QPdfView(this);
    view->setDocument(m_document);
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(720, 900);
}

ReportPreview::~ReportPreview() = default;

int ReportPreview::pageCount() const
{
    return m_document->pageCount();
}

} // namespace seg
