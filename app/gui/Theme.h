#pragma once

#include <QString>

namespace chronoline {

enum class Theme { System, Light, Dark };

QString themeName(Theme theme);               // "system", "light", "dark" (for settings)
Theme themeFromName(const QString &name);
// Applies to the whole application; System restores the platform's look.
void applyTheme(Theme theme);

} // namespace chronoline
