import BerdayaCLI

BerdayaCommand.main()
