"""Actors: the knowledge base (countries, seats of power, roles, organisations, people with
terms of office) and the resolver stage that finds and codes actor mentions as of a date."""

from eventwire.actors.knowledge import KnowledgeBase, default_knowledge_base
from eventwire.actors.resolver import ActorResolver, lookup

__all__ = ["ActorResolver", "KnowledgeBase", "default_knowledge_base", "lookup"]
