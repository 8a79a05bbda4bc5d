#include "Icons.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// Resources in a static library are only linked in when referenced.
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(chronoline);
        return true;
    }();
    Q_UNUSED(done)
}

namespace chronoline {

static QIcon renderIcon(const QByteArray &svg)
{
    QSvgRenderer renderer(svg);
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pm(QSize(size, size) * dpr);
            pm.fill(Qt::transparent);
            {
                QPainter p(&pm);
                renderer.render(&p);
            }
            pm.setDevicePixelRatio(dpr);
            icon.addPixmap(pm);
        }
    }
    return icon;
}

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    initIconResources();
    QFile f(u":/icons/" + name + u".svg");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = f.readAll();
    svg.replace("currentColor", palette.color(QPalette::ButtonText).name().toLatin1());
    return renderIcon(svg);
}

QIcon applicationIcon()
{
    initIconResources();
    QFile f(QStringLiteral(":/icons/chronoline.svg"));
    return f.open(QIODevice::ReadOnly) ? renderIcon(f.readAll()) : QIcon();
}

} // namespace chronoline
