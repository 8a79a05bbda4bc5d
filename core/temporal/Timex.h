#pragma once

#include <QString>

#include <vector>

namespace chronoline {

enum class TimexType { Date, Time, Duration, Set };

QString timexTypeName(TimexType type);          // "DATE", "TIME", ...
bool parseTimexType(QStringView name, TimexType *out);

// One TimeML TIMEX3: a temporal expression found in the text with its
// normalised value. Offsets are UTF-16 positions in the document text
// (QString indices), `end` exclusive; exporters convert to code points.
struct Timex {
    QString id;          // "t1", "t2", ... in document order
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    TimexType type = TimexType::Date;
    QString value;       // "2023-03-21", "P5Y", "PAST_REF", "XXXX-09-09" ...
    QString mod;         // "", "START", "MID", "END", "APPROX", "BEFORE", ...
    QString anchor;      // "t0" for the DCT, or the id of the expression it was resolved against
    QString quant;       // sets: "EVERY", "EACH"
    QString freq;        // sets: "2X"

    bool operator==(const Timex &) const = default;
};

using Timexes = std::vector<Timex>;

} // namespace chronoline
