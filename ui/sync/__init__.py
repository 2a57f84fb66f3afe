"""Delivery screens: the background round, its status, and Project › Delivery…"""
