#include "TimexColours.h"

namespace chronoline {

QColor timexBackground(TimexType type, bool dark)
{
    switch (type) {
    case TimexType::Date: return dark ? QColor(0x26, 0x4d, 0x80) : QColor(0xcf, 0xe3, 0xff);
    case TimexType::Time: return dark ? QColor(0x55, 0x3a, 0x80) : QColor(0xe7, 0xd6, 0xff);
    case TimexType::Duration: return dark ? QColor(0x22, 0x5e, 0x3e) : QColor(0xd2, 0xf2, 0xdc);
    case TimexType::Set: return dark ? QColor(0x73, 0x4b, 0x1c) : QColor(0xff, 0xe3, 0xc2);
    }
    return {};
}

} // namespace chronoline
