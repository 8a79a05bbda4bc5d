#pragma once

namespace chronoline {

// Sets up the application (names for settings, icon), reads the command line
// and shows the main window. Returns the exit code.
int runViewer(int argc, char *argv[]);

} // namespace chronoline
