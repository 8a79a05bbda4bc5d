#include "Console.h"

#include <cstdio>

namespace chronoline::cli {

namespace {

void writeTo(std::FILE *stream, const QByteArray &bytes)
{
    // A closed pipe (`| head`) is not an error worth reporting.
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString prefix(const QString &command)
{
    return command.isEmpty() ? QStringLiteral("chronoline-cli: ")
                             : QStringLiteral("chronoline-cli %1: ").arg(command);
}

} // namespace

void writeOut(const QByteArray &bytes)
{
    writeTo(stdout, bytes);
}

void writeOut(const QString &text)
{
    writeTo(stdout, text.toUtf8());
}

void writeErr(const QString &text)
{
    writeTo(stderr, text.toUtf8());
}

int fail(int code, const QString &command, const QString &message)
{
    // One line, whatever the message carries.
    QString line = message;
    line.replace(u'\n', u' ');
    writeErr(prefix(command) + line + u'\n');
    return code;
}

int usageError(const QString &command, const QString &message)
{
    const QString help = command.isEmpty() ? QStringLiteral("chronoline-cli --help")
                                           : QStringLiteral("chronoline-cli %1 --help").arg(command);
    return fail(ExitUsage, command, QStringLiteral("%1 (see '%2')").arg(message, help));
}

void warn(const QString &command, const QString &message)
{
    writeErr(prefix(command) + QStringLiteral("warning: ") + message + u'\n');
}

} // namespace chronoline::cli
