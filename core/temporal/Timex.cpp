#include "temporal/Timex.h"

namespace chronoline {

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date: return QStringLiteral("DATE");
    case TimexType::Time: return QStringLiteral("TIME");
    case TimexType::Duration: return QStringLiteral("DURATION");
    case TimexType::Set: return QStringLiteral("SET");
    }
    return QStringLiteral("DATE");
}

bool parseTimexType(QStringView name, TimexType *out)
{
    static const std::pair<const char16_t *, TimexType> names[] = {
        {u"DATE", TimexType::Date}, {u"TIME", TimexType::Time},
        {u"DURATION", TimexType::Duration}, {u"SET", TimexType::Set}};
    for (const auto &[n, t] : names) {
        if (name == QStringView(n)) {
            *out = t;
            return true;
        }
    }
    return false;
}

} // namespace chronoline
