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
    SetPeriod, Fiscal, Era, Anchor, Latest, YearAgo, Count
};

bool parseField(QStringView name, Field *out);

struct FieldValue {
    QString text;
    int number = 0;
    bool isInt = false;
    bool set = false;
};

struct Frame {
    std::array<FieldValue, size_t(Field::Count)> fields;

    bool has(Field f) const { return fields[size_t(f)].set; }
    int num(Field f) const { return fields[size_t(f)].number; }
    const QString &text(Field f) const { return fields[size_t(f)].text; }
    void set(Field f, const QString &text, int number, bool isInt)
    {
        fields[size_t(f)] = {text, number, isInt, true};
    }
    void setText(Field f, const QString &text);   // parses integers
    // Copies every field `other` has and this frame lacks.
    void inheritFrom(const Frame &other);
};

} // namespace chronoline
