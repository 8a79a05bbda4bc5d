#pragma once

#include <QStringView>

namespace chronoline {

// Cuts a long text into pieces the tagger can work through one at a time, so that its
// tokens, readings and candidates stay small enough to live in cache and its buffers are
// reused instead of growing with the document (a 50 MB text would otherwise need
// gigabytes of them at once).
//
// A cut never changes what is found: no rule matches across a line break and tense cues
// stop at paragraph breaks, so cuts go just before a blank line when there is one, else
// before a line break, and only in text with neither (one enormous line) after a sentence
// end: a full stop after a lower-case word of four or more letters, followed by a space
// and a capital ("...the talks ended. The"), never after "Mar." or "p.m.".
class TextChunker {
public:
    // Where the piece that starts at `from` should end: a position in (from, text.size()],
    // at or after from + target where possible.
    static qsizetype nextCut(QStringView text, qsizetype from, qsizetype target);
};

} // namespace chronoline
