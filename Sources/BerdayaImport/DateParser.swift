import BerdayaModel
import Foundation

/// Reads dates as offices write them: ISO, day-first numeric, Indonesian and English month names,
/// and Excel serial numbers.
///
/// Numeric dates are day first (`31/07/2021`) as in Indonesia; `07/31/2021` is read as month
/// first only because 31 cannot be a month. Two-digit years 00-69 are 20xx, 70-99 are 19xx.
public enum DateParser {
  /// The date in `text`, or nil when it is not one (or does not exist, like 31/02/2022).
  public static func parse(_ text: String) -> CalendarDate? {
    if let iso = isoDate(text.utf8) { return iso }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let serial = Double(trimmed),
      (3653..<73051).contains(serial)
    {
      // Excel serials typed as text; 3653..73050 is 1910-2099, so a bare year like 2021 is not one.
      return fromSerial(serial)
    }
    let words = tokens(trimmed)
    guard !words.isEmpty else { return nil }
    // Drop a leading weekday ("Senin, 31 Juli 2021") and a trailing time ("10:00:00").
    let parts = words.filter { weekday($0) == nil && !$0.contains(":") }
    guard parts.count == 3 else { return nil }
    let numbers = parts.map { Int($0) }
    if let a = numbers[0], let b = numbers[1], let c = numbers[2] {
      if parts[0].count == 4 { return CalendarDate(year: a, month: b, day: c) }  // 2021-07-31
      let year = expandYear(c, digits: parts[2].count)
      if b > 12 && a <= 12 { return CalendarDate(year: year, month: a, day: b) }
      return CalendarDate(year: year, month: b, day: a)
    }
    // A month name: "31 Juli 2021", "31 Jul 21", "Juli 31, 2021", "2021 Jul 31".
    for (index, word) in parts.enumerated() {
      guard let month = month(word) else { continue }
      let others = parts.enumerated().filter { $0.offset != index }.map(\.element)
      guard let first = Int(others[0]), let second = Int(others[1]) else { return nil }
      if others[0].count == 4 { return CalendarDate(year: first, month: month, day: second) }
      return CalendarDate(year: expandYear(second, digits: others[1].count), month: month, day: first)
    }
    return nil
  }

  /// `YYYY-MM-DD` read straight from the bytes: the form most exports use, and the hot path
  /// (the importer calls it on a CSV field's bytes before making any String).
  static func isoDate<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> CalendarDate? {
    guard bytes.count == 10 else { return nil }
    var year = 0
    var month = 0
    var day = 0
    for (index, byte) in bytes.enumerated() {
      if index == 4 || index == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      if index < 4 { year = year * 10 + digit } else if index < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
    }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// Excel's serial day number (1900 system: days since 1899-12-30), time of day dropped.
  public static func fromSerial(_ serial: Double) -> CalendarDate? {
    guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
    return CalendarDate(dayNumber: Int32(serial.rounded(.down)) - 25569)
  }

  private static func tokens(_ text: String) -> [String] {
    text.lowercased().split { "/-., \u{A0}\t".contains($0) }.map(String.init)
  }

  private static func expandYear(_ year: Int, digits: Int) -> Int {
    guard digits <= 2 else { return year }
    return year < 70 ? 2000 + year : 1900 + year
  }

  private static let months: [String: Int] = [
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
  ]

  private static func month(_ word: String) -> Int? { months[word] }

  private static let weekdays: Set<String> = [
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  private static func weekday(_ word: String) -> String? { weekdays.contains(word) ? word : nil }
}
