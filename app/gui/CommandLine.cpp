#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace chronoline {

StartupOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Chronoline: see the timeline of a news article."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dct(QStringLiteral("dct"),
        QCoreApplication::translate("CommandLine", "The document date, YYYY-MM-DD."),
        QStringLiteral("DATE"));
    const QCommandLineOption sample(QStringLiteral("sample"),
        QCoreApplication::translate("CommandLine", "Open the bundled sample article."));
    parser.addOption(dct);
    parser.addOption(sample);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("CommandLine", "The article to open."), QStringLiteral("[FILE]"));

    StartupOptions out;
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        // Both print and exit the process, as a command line tool should.
        parser.isSet(help) ? parser.showHelp(0) : parser.showVersion();
    }
    if (parser.isSet(dct)) {
        const QDate d = QDate::fromString(parser.value(dct), Qt::ISODate);
        if (!d.isValid()) {
            out.error = QCoreApplication::translate("CommandLine",
                "--dct wants a date like 2023-03-14, not “%1”.").arg(parser.value(dct));
            return out;
        }
        out.dct = d;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        out.error = QCoreApplication::translate("CommandLine", "Give at most one file to open.");
        return out;
    }
    out.file = files.value(0);
    out.sample = parser.isSet(sample);
    return out;
}

} // namespace chronoline
