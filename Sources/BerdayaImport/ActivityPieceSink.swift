import BerdayaModel

/// What one worker of an activity file read in pieces adds records to
/// (`FileImporter.importActivities(_:workers:minimumPieceBytes:makeSink:)`).
///
/// A worker takes the file's pieces in no fixed order, so a sink that keeps anything in file
/// order keeps it per piece: the pieces are numbered in file order.
///
/// Where a piece begins in the file is known only once the pieces before it are read: a record's
/// location counts rows from 1 at its piece's first line, and `piece(_:startsAtLine:)` says where
/// that line is (the first piece's rows are the file's).
public protocol ActivityPieceSink: AnyObject {
  /// Piece `index` (counted from 0 in file order) begins; its accepted records follow in order.
  func startPiece(_ index: Int)
  /// The next accepted record of the current piece.
  func take(_ record: borrowing ActivityRecord) throws
  /// The current piece's records have all been given.
  func endPiece()
  /// Piece `index`, one this sink took, begins at physical line `line` of the file: its records'
  /// rows in the file are their rows + `line` - 1. Called for each such piece once every piece is read.
  func piece(_ index: Int, startsAtLine line: Int)
}

extension ActivityPieceSink {
  /// A sink that keeps no record's location need not know where its pieces begin.
  public func piece(_ index: Int, startsAtLine line: Int) {}
}
