from enum import StrEnum


class SetupStage(StrEnum):
    APPR = "APPR"
    BDGT = "BDGT"
    COA = "COA"
    COMP = "COMP"
    DEPT = "DEPT"
    FIN = "FIN"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
