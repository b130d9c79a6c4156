<?php
/**
 * Front controller and `php -S` router of the test double. It dispatches
 * index.php?fc=module&module=<name>&controller=<controller> and /module/<name>/<controller>
 * to modules/<name>/controllers/front/<controller>.php, class
 * <Name><Controller>ModuleFrontController, like PrestaShop's Dispatcher. An exception that
 * escapes the controller becomes a 500 page (PrestaShop's behaviour with debug mode off).
 */
$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
if (preg_match('#^/module/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)/?$#', $path, $matches)) {
    $_GET['fc'] = 'module';
    $_GET['module'] = $matches[1];
    $_GET['controller'] = $matches[2];
} elseif ($path !== '/' && $path !== '/index.php') {
    http_response_code(404);
    echo 'Not found';

    return true;
}

require dirname(__DIR__) . '/config/config.inc.php';

/**
 * Sends PrestaShop's error page for an exception that escaped a controller.
 */
function double_error_page(Throwable $e): void
{
    if (!headers_sent()) {
        header('HTTP/1.1 500 Internal Server Error');
    }
    error_log('[prestashop double] ' . get_class($e) . ': ' . $e->getMessage());
    echo '<!doctype html><title>Oops, something went wrong.</title><h1>Oops, something went wrong.</h1>';
}

$fc = (string) ($_GET['fc'] ?? '');
$moduleName = (string) ($_GET['module'] ?? '');
$controllerName = strtolower((string) ($_GET['controller'] ?? ''));
if ($fc !== 'module' || !Validate::isModuleName($moduleName) || !preg_match('/^[a-z0-9_-]+$/', $controllerName)) {
    http_response_code(404);
    echo 'Page not found';

    return true;
}

try {
    $module = Module::getInstanceByName($moduleName);
    $file = _PS_MODULE_DIR_ . $moduleName . '/controllers/front/' . $controllerName . '.php';
    $reachable = $module && ($module->active || Context::getContext()->databaseDownAtBootstrap);
    if (!$reachable || !is_file($file)) {
        http_response_code(404);
        echo 'Page not found';

        return true;
    }
    require_once $file;
    $class = $moduleName . $controllerName . 'ModuleFrontController';
    if (!class_exists($class, false)) {
        http_response_code(404);
        echo 'Page not found';

        return true;
    }
    Controller::getController($class)->run();
} catch (Throwable $e) {
    double_error_page($e);
}

return true;
