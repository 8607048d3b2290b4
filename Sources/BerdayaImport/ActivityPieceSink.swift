import BerdayaModel

/// What one worker of an activity file read in pieces adds records to
/// (`FileImporter.importActivities(_:workers:minimumPieceBytes:makeSink:)`).
///
/// A worker takes the file's pieces in no fixed order, so a sink that keeps anything in file
/// order keeps it per piece: the pieces are numbered in file order.
public protocol ActivityPieceSink: AnyObject {
  /// Piece `index` (counted from 0 in file order) begins; its accepted records follow in order.
  func startPiece(_ index: Int)
  /// The next accepted record of the current piece.
  func take(_ record: borrowing ActivityRecord) throws
  /// The current piece's records have all been given.
  func endPiece()
}
