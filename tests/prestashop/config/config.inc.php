<?php
/**
 * Bootstrap of the PrestaShop 8.2 test double: the constants PrestaShop defines, the class
 * autoloader, the database settings from the environment, and the Context of the default shop.
 *
 * Environment: PWA_DB_HOST (127.0.0.1), PWA_DB_PORT (3306), PWA_DB_NAME (prestashop),
 * PWA_DB_USER (root), PWA_DB_PASSWORD (empty), PWA_MODULE_DIR (the modules folder),
 * PWA_SHOP_URL (http://127.0.0.1), PWA_PS_MODE_DEV (0 or 1).
 *
 * The double's classes are not strict-typed, like PrestaShop's own classes.
 */
if (defined('_PS_VERSION_')) {
    return;
}

define('_PS_VERSION_', '8.2.0');
define('_DB_PREFIX_', 'ps_');
define('__PS_BASE_URI__', '/');
define('_MYSQL_ENGINE_', 'InnoDB');
define('_PS_ROOT_DIR_', dirname(__DIR__));
define('_PS_CORE_DIR_', _PS_ROOT_DIR_);
define('_PS_CLASS_DIR_', _PS_ROOT_DIR_ . '/classes/');
define('_PS_MODULE_DIR_', rtrim((string) (getenv('PWA_MODULE_DIR') ?: dirname(__DIR__, 3) . '/build'), '/') . '/');
define('_PS_MODE_DEV_', (bool) (int) getenv('PWA_PS_MODE_DEV'));
define('_PS_DEBUG_SQL_', _PS_MODE_DEV_);
define('_PS_CACHE_DIR_', rtrim((string) (getenv('PWA_RUN_DIR') ?: dirname(__DIR__, 2) . '/.run'), '/') . '/cache/');
define('_PS_THEME_DIR_', _PS_ROOT_DIR_ . '/themes/classic/');
define('_PS_MAIL_DIR_', _PS_ROOT_DIR_ . '/mails/');
define('_PS_SMARTY_DIR_', '/usr/share/php/smarty4/');
define('_COOKIE_KEY_', 'pwapresta-test-double-cookie-key-0123456789abcdef');
define('_PS_USE_SQL_SLAVE_', false);
define('_PS_PRICE_COMPUTE_PRECISION_', 6);

define('_DB_SERVER_', (getenv('PWA_DB_HOST') ?: '127.0.0.1') . ':' . (getenv('PWA_DB_PORT') ?: '3306'));
define('_DB_NAME_', getenv('PWA_DB_NAME') ?: 'prestashop');
define('_DB_USER_', getenv('PWA_DB_USER') ?: 'root');
define('_DB_PASSWD_', (string) getenv('PWA_DB_PASSWORD'));

spl_autoload_register(static function (string $class): void {
    $file = _PS_CLASS_DIR_ . str_replace('\\', '/', $class) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

require _PS_ROOT_DIR_ . '/config/alias.php';

Context::bootstrapDefault();
