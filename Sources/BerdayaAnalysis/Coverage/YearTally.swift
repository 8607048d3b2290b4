/// What the activities of one calendar year add up to, for the trends: how many, their cost, and
/// the dimensions each enterprise was reached in.
struct YearTally {
  let year: Int
  var activities = 0
  var cost: Int64 = 0
  var activitiesWithCost = 0
  /// A reach mask per enterprise; empty until an activity of the year reaches one.
  var masks: [UInt16] = []

  init(year: Int) { self.year = year }

  /// Adds a later accumulator's tally of the same year.
  mutating func add(_ later: YearTally) {
    precondition(later.year == year, "tallies of different years")
    activities += later.activities
    cost &+= later.cost
    activitiesWithCost += later.activitiesWithCost
    if masks.isEmpty {
      masks = later.masks
    } else if !later.masks.isEmpty {
      for index in masks.indices { masks[index] |= later.masks[index] }
    }
  }
}
