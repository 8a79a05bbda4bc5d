#pragma once

#include "temporal/Timex.h"

#include <QDate>
#include <QStringView>

#include <memory>
#include <optional>

namespace chronoline {

class LanguageData;

// Finds TIMEX3 expressions in text and normalises them.
//
// The tagger is a pipeline (see TemporalTagger.cpp for the order and why):
// tokenise -> classify tokens with the language lexicon -> match the
// language's rules -> refine (overlaps, ranges) -> resolve values against the
// document creation date (news) or the previously mentioned date (narrative).
// Everything language-specific comes from LanguageData (resources/lang/<xx>).
class TemporalTagger {
public:
    explicit TemporalTagger(std::shared_ptr<const LanguageData> language);
    ~TemporalTagger();

    // The English tagger, loaded once from the bundled resources.
    static const TemporalTagger &english();

    // Tags `text`. With no `dct`, values that need one keep X placeholders
    // (never today's date). Ids are t1, t2, ... in text order.
    Timexes tag(QStringView text, std::optional<QDate> dct) const;

private:
    std::shared_ptr<const LanguageData> m_language;
};

} // namespace chronoline
