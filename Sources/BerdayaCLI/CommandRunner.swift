import ArgumentParser
import BerdayaImport
import Foundation

/// Runs a command body and turns its failures into one line on stderr and a documented exit code.
///
/// Exit codes (README, "Exit codes"):
/// - 0: success (for `reproduce`, whatever the verdicts: a claim that differs is a finding, not a failure);
/// - 1: an input, project, findings or framework file could not be read or is invalid, or an
///   output could not be written; the message names the file (and line, row or field);
/// - 64: bad arguments (argument-parser's usage error);
/// - 70: an internal consistency check failed (a bug: please report it).
enum CommandRunner {
  /// The exit code of an internal consistency failure (sysexits' EX_SOFTWARE).
  static let internalError = ExitCode(70)

  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as ExitCode {
      throw error
    } catch let error as ValidationError {
      throw error
    } catch let error as ReportCheck.Failure {
      FileHandle.standardError.write(Data("berdaya: \(error)\n".utf8))
      throw internalError
    } catch {
      FileHandle.standardError.write(Data("berdaya: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }
}
