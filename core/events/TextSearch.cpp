#include "events/TextSearch.h"

#include <string>

namespace chronoline::events {

namespace {

// How common a unit is in English text, higher for more common: lower-case
// letters by their usual frequency order, a space above all; anything else
// (capitals, digits, punctuation, other scripts) counts as rare.
int commonness(char16_t u)
{
    static constexpr char16_t byFrequency[] = u"zqxjkvbpygfwmucldrhsnioate";
    if (u == u' ')
        return 100;
    if (u >= u'a' && u <= u'z') {
        for (int k = 0; k < 26; ++k) {
            if (byFrequency[k] == u)
                return 10 + k;
        }
    }
    return 0;
}

} // namespace

qsizetype findText(QStringView text, QStringView needle, qsizetype from)
{
    const qsizetype n = needle.size();
    if (n == 0 || from < 0)
        return text.indexOf(needle, from);
    const qsizetype last = text.size() - n;   // the last place a match can start
    if (from > last)
        return -1;
    // The needle's rarest unit, and where it sits in the needle.
    qsizetype pivot = 0;
    int best = commonness(needle[0].unicode());
    for (qsizetype k = 1; k < n && best > 0; ++k) {
        const int c = commonness(needle[k].unicode());
        if (c < best) {
            best = c;
            pivot = k;
        }
    }
    const QChar key = needle[pivot];
    const char16_t *t = text.utf16();
    const char16_t *m = needle.utf16();
    for (qsizetype p = text.indexOf(key, from + pivot); p >= 0; p = text.indexOf(key, p + 1)) {
        const qsizetype start = p - pivot;
        if (start > last)
            return -1;
        if (std::char_traits<char16_t>::compare(t + start, m, size_t(n)) == 0)
            return start;
    }
    return -1;
}

} // namespace chronoline::events
