#pragma once

#include "temporal/Timex.h"

#include <QColor>

namespace chronoline {

// Background of a time expression in the text, by its TIMEX3 type; readable
// in light and dark themes. Shared by the text pane and the legend.
QColor timexBackground(TimexType type, bool dark);

} // namespace chronoline
