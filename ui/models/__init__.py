"""Qt item models of the lists (interviews, municipalities, schemes), tested without a view."""
