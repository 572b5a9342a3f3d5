import { contextBridge, ipcRenderer } from 'electron'
import { createApi } from './api'

// The only thing the page gets: `window.api`, limited to the channels of the IPC contract.
contextBridge.exposeInMainWorld('api', createApi(ipcRenderer))
