#pragma once

#include "text/TextSpans.h"

#include <QStringView>

#include <vector>

namespace chronoline::events {

// Sentence spans for a caller that passes no segmentation (hand-built test
// inputs): a break after . ! ? before a capital, and at every line break. The
// real segmenter knows abbreviations; this only has to be safe.
std::vector<Sentence> fallbackSentences(QStringView text);

} // namespace chronoline::events
