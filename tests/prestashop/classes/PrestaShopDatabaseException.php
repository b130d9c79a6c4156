<?php
/**
 * Exception PrestaShop throws when the database cannot be reached, or for a failed query
 * when _PS_DEBUG_SQL_ is on.
 */
class PrestaShopDatabaseException extends PrestaShopException
{
}
