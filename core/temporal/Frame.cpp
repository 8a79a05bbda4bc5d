#include "temporal/Frame.h"

namespace chronoline {

namespace {
constexpr std::array<const char16_t *, size_t(Field::Count)> fieldNames = {
    u"year", u"month", u"day", u"weekday", u"week", u"quarter", u"half", u"season", u"pod",
    u"clock", u"hour", u"minute", u"ampm", u"decade", u"century", u"offset", u"unit", u"amount",
    u"fraction", u"dir", u"mod", u"holiday", u"ref", u"quant", u"freq", u"set", u"fiscal", u"era",
    u"anchor", u"latest", u"yearago", u"within"};
}

bool parseField(QStringView name, Field *out)
{
    for (size_t i = 0; i < fieldNames.size(); ++i) {
        if (name == QStringView(fieldNames[i])) {
            *out = Field(i);
            return true;
        }
    }
    return false;
}

void Frame::setStable(Field f, const QString &stable)
{
    bool ok = false;
    const int n = stable.toInt(&ok);
    set(f, &stable, ok ? n : 0, ok);
}

void Frame::inheritFrom(const Frame &other)
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (!fields[i].set && other.fields[i].set)
            fields[i] = other.fields[i];
    }
}

} // namespace chronoline
