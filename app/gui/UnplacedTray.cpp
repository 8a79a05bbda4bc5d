#include "UnplacedTray.h"

#include "UnplacedModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace chronoline {

UnplacedTray::UnplacedTray(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QListView(this))
{
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(3);
    m_list->setAccessibleName(tr("Unplaced items"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_title->setWordWrap(true);
    connect(m_list, &QListView::clicked, this, &UnplacedTray::itemActivated);
    connect(m_list, &QListView::activated, this, &UnplacedTray::itemActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    updateTitle();
}

void UnplacedTray::setModel(UnplacedModel *model)
{
    m_model = model;
    m_list->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &UnplacedTray::updateTitle);
    updateTitle();
}

void UnplacedTray::updateTitle()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_title->setText(n == 0 ? tr("<b>Unplaced</b><br><small>Everything dated is on the axis.</small>")
                            : tr("<b>Unplaced (%1)</b><br><small>Dated in the text, not yet on the "
                                 "axis.</small>")
                                  .arg(n));
}

} // namespace chronoline
