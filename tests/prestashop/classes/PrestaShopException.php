<?php
/**
 * Base exception of PrestaShop's classes.
 */
class PrestaShopException extends Exception
{
}
