#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace chronoline {

// The charset a page declares for itself in its first few kilobytes, through
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">,
// lower-cased; empty if none. Browsers read this before parsing (the HTML
// "prescan"), since the parse itself depends on it; so do we.
QByteArray declaredHtmlCharset(QByteArrayView bytes);

} // namespace chronoline
