#pragma once

#include "TimelineImageExport.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace chronoline {

// Asks for the width of an exported timeline picture and, for PNG, its scale
// (2 gives a sharp image on high-density screens and in print).
class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    ImageExportDialog(ImageFormat format, const ImageExportOptions &initial, QWidget *parent = nullptr);
    ImageExportOptions options() const;

private:
    QSpinBox *m_width;
    QDoubleSpinBox *m_scale;
};

} // namespace chronoline
