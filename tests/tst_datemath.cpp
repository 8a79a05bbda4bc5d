// The resolver counts days without QDate in its inner loop (datemath::daysFromCivil,
// daysInMonth); both must agree with QDate's proleptic Gregorian calendar everywhere the
// resolver uses them (years from 2 on).
#include "temporal/DateMath.h"

#include <QtTest>

using namespace chronoline;

class TestDateMath : public QObject {
    Q_OBJECT
private slots:
    void daysInMonthAsQDate()
    {
        for (int year : {2, 4, 100, 400, 1582, 1900, 1996, 1998, 2000, 2023, 2024, 2100, 9999, 12345}) {
            for (int month = 1; month <= 12; ++month)
                QCOMPARE(datemath::daysInMonth(year, month), QDate(year, month, 1).daysInMonth());
        }
    }

    void dayCountsAsQDate()
    {
        const QDate base(1998, 1, 1);
        const qint64 baseDays = datemath::daysFromCivil(1998, 1, 1);
        for (int year : {2, 3, 99, 100, 101, 399, 400, 401, 1600, 1899, 1900, 1969, 1970, 1999, 2000, 2001, 2023, 9999}) {
            for (int month = 1; month <= 12; ++month) {
                for (int day : {1, 15, 28}) {
                    QCOMPARE(datemath::daysFromCivil(year, month, day) - baseDays, base.daysTo(QDate(year, month, day)));
                }
                const int last = QDate(year, month, 1).daysInMonth();
                QCOMPARE(datemath::daysFromCivil(year, month, last) - baseDays, base.daysTo(QDate(year, month, last)));
            }
        }
        // every day of four years around a leap day, one after another
        qint64 expected = datemath::daysFromCivil(1999, 1, 1);
        for (QDate d(1999, 1, 1); d < QDate(2003, 1, 1); d = d.addDays(1))
            QCOMPARE(datemath::daysFromCivil(d.year(), d.month(), d.day()), expected++);
    }
};

QTEST_GUILESS_MAIN(TestDateMath)
#include "tst_datemath.moc"
