import { createApp } from 'vue';
import 'leadership-3d';
import App from './App.vue';

createApp(App).mount('#app');
