#pragma once

#include <QByteArray>
#include <QString>

namespace chronoline::cli {

// Exit codes of chronoline-cli, part of its stable interface.
enum ExitCode : int {
    ExitOk = 0,
    ExitInputError = 1,   // missing, unreadable or malformed input
    ExitUsage = 2,        // unknown command or option, missing argument, bad value
};

// Unbuffered writes to the standard streams. Output is UTF-8 whatever the
// locale, so JSON and TSV are the same bytes on every machine.
void writeOut(const QByteArray &bytes);
void writeOut(const QString &text);
void writeErr(const QString &text);

// Prints "chronoline-cli[ COMMAND]: message" on stderr and returns `code`.
int fail(int code, const QString &command, const QString &message);
// A usage error, with a pointer to the help.
int usageError(const QString &command, const QString &message);
// A warning that does not change the exit code.
void warn(const QString &command, const QString &message);

} // namespace chronoline::cli
