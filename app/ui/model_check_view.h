#pragma once
// The purchase model's frequency check in the explorer's Value tab: customers by repeat
// purchases, as counted and as the fitted BG/NBD expects (the chart of the report's methods
// page and of segscope clv --charts, in the window's palette).

#include <QWidget>

#include <memory>

namespace seg {

struct CustomerValueModel;

class ModelCheckView : public QWidget
{
    Q_OBJECT
public:
    explicit ModelCheckView(QWidget *parent = nullptr);

    /// The model whose check to show; null: a note that the data has no lifetime-value inputs.
    void setValueModel(std::shared_ptr<const CustomerValueModel> model);
    bool hasModel() const { return m_model != nullptr; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::shared_ptr<const CustomerValueModel> m_model;
};

} // namespace seg
