#pragma once

class QWidget;

namespace chronoline {

// Chronoline's version, what it does, and the licences of what it is built on.
void showAboutDialog(QWidget *parent);

} // namespace chronoline
