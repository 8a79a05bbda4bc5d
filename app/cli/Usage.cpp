#include "Usage.h"

namespace chronoline::cli {

namespace {

// One block per subcommand; the general help is all of them in order.
struct CommandHelp {
    const char16_t *name;
    const char16_t *text;
};

const CommandHelp commands[] = {
    {u"extract", u"  extract FILE [--dct YYYY-MM-DD] [--format json|tsv] [--no-events]\n"
                 u"      Find the time expressions and events in FILE and print them.\n"
                 u"      FILE is a text, Markdown, HTML, MHTML or PDF file, an http(s) address,\n"
                 u"      or '-' for stdin; a .tml file is read as TimeML and its TEXT is tagged\n"
                 u"      with the DCT it declares. Otherwise the date comes from the page's\n"
                 u"      metadata, a dateline in the opening lines or the file name, in that\n"
                 u"      order (dctSource html-meta, dateline, filename), else there is none.\n"
                 u"      --dct DATE       document creation date; overrides any date found\n"
                 u"      --format json    (default) {\"document\", \"timexes\", \"events\"}; offsets\n"
                 u"                       count Unicode code points, end exclusive\n"
                 u"      --format tsv     one line per expression: id, start, end, type, value,\n"
                 u"                       mod, text (tab, newline, CR and backslash escaped as\n"
                 u"                       \\t \\n \\r \\\\)\n"
                 u"      --no-events      JSON with an empty event list, made faster: neither\n"
                 u"                       sentences nor events are worked out\n"},
    {u"annotate", u"  annotate FILE.tml [--dct YYYY-MM-DD] [-o OUT.tml]\n"
                  u"  annotate DIR -o OUTDIR [--dct YYYY-MM-DD] [--jobs N]\n"
                  u"      Tag the TEXT of TimeML files and write TimeML with the same DOCID, DCT\n"
                  u"      and text and a TIMEX3 for every expression the tagger finds (gold\n"
                  u"      markup is not copied). One file goes to stdout, or to -o; a directory\n"
                  u"      writes every DIR/*.tml to OUTDIR/ (created if needed).\n"
                  u"      --dct DATE       tag relative to DATE instead of the file's DCT, and\n"
                  u"                       write DATE as the DCT\n"
                  u"      --jobs N         files tagged in parallel (default: one per core)\n"},
    {u"eval", u"  eval GOLD SYSTEM [--json] [--errors]\n"
              u"      Score TIMEX3 extraction with the TempEval-3 Task A measures, micro-averaged\n"
              u"      over all files. GOLD and SYSTEM are two .tml files or two directories\n"
              u"      whose *.tml files pair up by name; a gold file with no system file counts\n"
              u"      all its expressions as missed (warning on stderr).\n"
              u"      strict: identical extents; relaxed: overlapping extents (each expression\n"
              u"      matched at most once); type and value accuracy over relaxed matches;\n"
              u"      type/value F1 = relaxed F1 x accuracy, as the official scorer reports.\n"
              u"      --json           print the scores as JSON\n"
              u"      --errors         print every error as TSV on stdout (the scores go to\n"
              u"                       stderr): file, kind, gold text, gold value, system text,\n"
              u"                       system value, context, gold type, system type, offset,\n"
              u"                       dct. kind: missed, spurious, or for an overlapping\n"
              u"                       pair any of value, type, extent\n"},
    {u"eval-tagger", u"  eval-tagger GOLD [GOLD...] [--json] [--errors] [--jobs N]\n"
                     u"      Tag the TEXT of every gold .tml file (directories or files) in memory\n"
                     u"      with its DCT and score the result as eval does; same options.\n"},
#ifdef CHRONOLINE_HAVE_RENDER
    {u"render", u"  render FILE [--dct YYYY-MM-DD] -o OUT.png|svg|pdf [--width N] [--scale S]\n"
                u"      Draw the timeline of FILE (read as extract reads it) as the viewer's\n"
                u"      File > Export Image does, with no display needed. The format follows\n"
                u"      the suffix of OUT.\n"
                u"      --dct DATE       document creation date; overrides any date found\n"
                u"      --width N        picture width in pixels, 320 to 20000 (default 1600)\n"
                u"      --scale S        PNG only: device pixels per pixel, 0.25 to 8\n"
                u"                       (default 1; 2 for a sharp high-DPI image)\n"},
#endif
};

} // namespace

QString generalHelp()
{
    QString help = QStringLiteral(
        "Usage: chronoline-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
        "\n"
        "Finds TimeML TIMEX3 time expressions in news articles, builds the events they\n"
        "date, and evaluates the tagger on TempEval-3 TimeML.\n"
        "\n"
        "Commands:\n");
    for (const CommandHelp &c : commands)
        help += QString::fromUtf16(c.text) + u'\n';
    help += QStringLiteral(
        "Options:\n"
        "  -h, --help       this help; 'chronoline-cli COMMAND --help' for one command\n"
        "  -v, --version    the version\n"
        "\n"
        "Exit status: 0 success, 1 input that cannot be read (missing, unreadable,\n"
        "empty or binary file, malformed TimeML, network error) or a picture that\n"
        "cannot be written, 2 bad usage.\n");
    return help;
}

QString commandHelp(const QString &command)
{
    for (const CommandHelp &c : commands) {
        if (command == QStringView(c.name))
            return QStringLiteral("Usage:\n") + QString::fromUtf16(c.text);
    }
    return generalHelp();
}

QString versionText()
{
    return QStringLiteral("chronoline-cli " CHRONOLINE_VERSION "\n");
}

} // namespace chronoline::cli
