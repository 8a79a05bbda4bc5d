#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

namespace chronoline {

// The date written in a file name or web address: "2023-03-14-xi-visit.txt",
// "xi_20230314.pdf", ".../2023/03/14/xi-visit.html". The file's own name is
// tried before its folders, and separated forms before the bare eight digits,
// which are more often an ID. Dates that do not exist are ignored.
std::optional<QDate> dateFromFileName(QStringView pathOrUrl);

} // namespace chronoline
