#pragma once

#include <QWidget>

namespace chronoline {

// The timeline's key (shapes, open ends, inferred, expected, the document
// date) in the viewer, drawn by the same code as the exported pictures' legend.
class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace chronoline
