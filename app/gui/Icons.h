#pragma once

#include <QIcon>

class QPalette;

namespace chronoline {

// The bundled icons (resources/icons), drawn in the palette's text colour so
// that they stay visible in dark themes, at every size and device pixel ratio.
QIcon themedIcon(const QString &name, const QPalette &palette);
QIcon applicationIcon();

} // namespace chronoline
