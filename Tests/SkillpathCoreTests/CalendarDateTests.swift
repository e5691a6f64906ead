import Testing
import SkillpathCore

/// `YYYY-MM-DD` is read strictly: four ASCII digits for the year, two for the month and the day.
@Suite struct CalendarDateTests {
    @Test(arguments: ["+202-01-01", "-202-01-01", "202-01-01", "2027-1-04", "2027-01-4", "2027-+1-04",
                      "2027-02-30", "2027-13-01", "２０２７-01-04", " 2027-01-04", "2027-01-04 "])
    func refusesAnythingButAPlainDate(text: String) {
        #expect(CalendarDate(text) == nil, "\(text)")
    }

    @Test func readsAPlainDate() {
        #expect(CalendarDate("2027-01-04") == CalendarDate(year: 2027, month: 1, day: 4))
        #expect(CalendarDate("2028-02-29") == CalendarDate(year: 2028, month: 2, day: 29))
    }
}
