#pragma once

#include <QStringList>

namespace chronoline::cli {

// chronoline-cli render FILE [--dct YYYY-MM-DD] -o OUT.png|svg|pdf [--width N] [--scale S]
// Draws the whole timeline of FILE as the viewer's File > Export Image does,
// with no display. Needs a QGuiApplication (main creates one, on the offscreen
// platform, for this command). `arguments` are those after the command name.
int runRender(const QStringList &arguments);

} // namespace chronoline::cli
