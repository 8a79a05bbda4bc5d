#include "AboutDialog.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <nlohmann/json.hpp>

namespace chronoline {

void showAboutDialog(QWidget *parent)
{
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    const QString text = QCoreApplication::translate("AboutDialog",
        "<h2>Chronoline %1</h2>"
        "<p>Finds every dated event in a news article and puts it on an interactive timeline, "
        "linked to the sentences it came from.</p>"
        "<h4>Built with</h4>"
        "<ul>"
        "<li><b>Qt %2</b> (Core, GUI, Widgets, SVG, Print Support), used under the "
        "<a href='https://www.gnu.org/licenses/lgpl-3.0.html'>GNU LGPL version 3</a>. "
        "You may replace the Qt libraries this program uses with your own build.</li>"
        "<li><b>JSON for Modern C++ %3</b> by Niels Lohmann, under the "
        "<a href='https://opensource.org/licenses/MIT'>MIT licence</a>.</li>"
        "</ul>"
        "<p>The bundled sample article is included for demonstration.</p>")
        .arg(QStringLiteral(CHRONOLINE_VERSION), QString::fromLatin1(qVersion()), json);
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("AboutDialog", "About Chronoline"));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.setIconPixmap(parent ? parent->windowIcon().pixmap(64) : QPixmap());
    box.exec();
}

} // namespace chronoline
