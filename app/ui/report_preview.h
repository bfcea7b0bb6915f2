#pragma once
// The persona report's preview: its pages as they will print (QPdfView over the PDF's bytes),
// with Save… and Close.

#include <QByteArray>
#include <QDialog>

class QBuffer;
class QPdfDocument;

namespace seg {

class ReportPreview : public QDialog
{
    Q_OBJECT
public:
    explicit ReportPreview(const QByteArray &pdf, QWidget *parent = nullptr);
    ~ReportPreview() override;

    /// Pages loaded (0 when the bytes are no PDF).
    int pageCount() const;

private:
    QByteArray m_pdf;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_document = nullptr;
};

} // namespace seg
