#include "ImageExportDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QLabel>
#include <QSpinBox>

namespace chronoline {

ImageExportDialog::ImageExportDialog(ImageFormat format, const ImageExportOptions &initial, QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox(this)), m_scale(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export Timeline Image"));
    m_width->setRange(320, 20000);
    m_width->setSingleStep(100);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(initial.width);
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setSuffix(tr("×"));
    m_scale->setValue(initial.scale);
    m_scale->setEnabled(format == ImageFormat::Png);

    auto *note = new QLabel(tr("The whole timeline is drawn, not only the part the window shows, "
                               "with the title, the document date and a legend. The height follows "
                               "from the events."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Scale (PNG pixels per point):"), m_scale);
    form->addRow(buttons);
}

ImageExportOptions ImageExportDialog::options() const
{
    return {m_width->value(), m_scale->value()};
}

} // namespace chronoline
