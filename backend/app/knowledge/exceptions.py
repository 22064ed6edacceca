from app.core.errors import NotFound


class OccupationNotFound(NotFound):
    code = "occupation_not_found"
    message = "Occupation not found."
