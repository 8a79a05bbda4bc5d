#pragma once

#include <QString>
#include <QStringView>

namespace chronoline::events {

// A QString over text that stays put while it is used, with no copy made:
// a headline's words are only read until TitleBuilder::join copies them into
// the title, and copying each one first cost an allocation per word. Never
// store one in an Event; anything that changes it makes its own copy first.
inline QString borrowed(QStringView text)
{
    return QString::fromRawData(text.data(), text.size());
}

} // namespace chronoline::events
