#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "chronoline-cli " << CHRONOLINE_VERSION << '\n';
    return 0;
}
