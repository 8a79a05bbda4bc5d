#pragma once

#include <QString>
#include <QStringView>

#include <array>

namespace chronoline {

// The language-neutral meaning of a matched expression, before resolution: which calendar
// fields the text stated ("known", as in chrono) and which relations it expressed. Rules fill
// it from token readings and constant assignments; the resolver turns it into a TIMEX3 value.
enum class Field {
    Year, Month, Day, Weekday, Week, Quarter, Half, Season, PartOfDay, Clock, Hour, Minute, AmPm,
    Decade, Century, Offset, Unit, Amount, Fraction, Direction, Mod, Holiday, Ref, Quant, Freq,
    SetPeriod, Fiscal, Era, Anchor, Latest, YearAgo, Within, Count
};

bool parseField(QStringView name, Field *out);

// A field's value. The text points into the language data (lexicon values, rule
// assignments) or the scanned text's own strings, which outlive the frame; numbers need no
// text. So a frame is a plain value, cheap to copy in the matcher's inner loop.
struct FieldValue {
    const QString *text = nullptr;
    int number = 0;
    bool isInt = false;
    bool set = false;
};

struct Frame {
    std::array<FieldValue, size_t(Field::Count)> fields;

    bool has(Field f) const { return fields[size_t(f)].set; }
    int num(Field f) const { return fields[size_t(f)].number; }
    QString text(Field f) const
    {
        const FieldValue &v = fields[size_t(f)];
        if (!v.set)
            return {};
        if (v.text)
            return *v.text;
        return v.isInt ? QString::number(v.number) : QString();
    }
    // text(f) == s, without making the QString (the resolver asks this a dozen times an
    // expression).
    bool textIs(Field f, QStringView s) const
    {
        const FieldValue &v = fields[size_t(f)];
        if (v.set && v.text)
            return *v.text == s;
        if (v.set && v.isInt)
            return text(f) == s;
        return s.isEmpty();
    }
    void set(Field f, const QString *text, int number, bool isInt)
    {
        fields[size_t(f)] = {text, number, isInt, true};
    }
    void setNumber(Field f, int number) { fields[size_t(f)] = {nullptr, number, true, true}; }
    // `stable` must outlive the frame (language data); integers are parsed.
    void setStable(Field f, const QString &stable);
    // Copies every field `other` has and this frame lacks.
    void inheritFrom(const Frame &other);
};

} // namespace chronoline
