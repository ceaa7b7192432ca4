package com.example.shop;

public enum OrderStatus { PLACED, PAID, SHIPPED, DELIVERED, CANCELLED }
